// Turn on GOV.UK Frontend's scripts (error summary focus, details, buttons). Every page works
// without them: they only add polish.
import { initAll } from './govuk/govuk-frontend.min.js'

document.body.classList.add('govuk-frontend-supported')
initAll()

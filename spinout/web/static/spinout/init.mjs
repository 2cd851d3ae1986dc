// Turn on GOV.UK Frontend's scripts (error summary focus, details, buttons). Every page works
// without them: they only add polish.
import { initAll } from './govuk/govuk-frontend.min.js'

document.body.classList.add('govuk-frontend-supported')
initAll()

// While a pack is built (about half a minute) the page says so, and a screen reader hears it.
for (const form of document.querySelectorAll('form[data-spinout-build]')) {
  form.addEventListener('submit', () => {
    const status = document.getElementById('build-progress')
    if (status) status.hidden = false
  })
}

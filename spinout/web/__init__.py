"""`spinout serve`: the interview, the check-answers page and the pack in a browser (Django).

The web layer only draws pages: what is asked, what counts as an answer and what the review
holds come from spinout.interview; the pack from spinout.pack. Nothing below it imports it.
"""

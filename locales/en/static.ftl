## The pages readable without JavaScript (rumbo-cli export static) and what they say needs the full app
static-needs-app-search = Search needs the full app (with JavaScript). Every guide is listed below.
static-search-loading = Loading search…
static-needs-app-calculator = The calculator needs the full app (with JavaScript). The table below gives the same last days.
static-needs-app-saved = Saving guides and places on this phone needs the full app (with JavaScript).
static-needs-app-case = My case needs the full app (with JavaScript): your dates are kept only on your phone. The guides explain every step.
static-needs-app-card = Making the pocket card needs the full app (with JavaScript). The guides explain every step.
static-settings-lead = This page reads without JavaScript. These protections need the full app (with JavaScript):
static-settings-cover = After a quick exit, covering Rumbo with a blank page when someone presses Back or opens it again.
static-settings-shift = Leaving quickly by pressing the Shift key three times.
static-settings-discreet = Discreet mode (neutral titles in the history).
static-settings-wipe = Deleting my data, and remembering the language on this phone.
static-settings-exit-link = The “{ exit-button }” link at the top works without JavaScript: it opens a neutral site, but Back returns to this page.
static-open-app = Open the full app
static-noscript = Without JavaScript you can read every guide here, the directory (tap a number to call) and the deadline table. The calculator, search and saving need JavaScript.

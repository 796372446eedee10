## Quick exit and discreet mode (Settings): what the browser's history keeps
settings-discreet = The browser's history
settings-exit-after = After a quick exit, Back and any Rumbo page opened again from the history (even after you closed the tab) show only a blank page titled "{ $title }", until you press "{ exit-reopen }".
settings-discreet-label = Discreet mode: every screen is titled "{ $title }", not "Rumbo" or the screen's name
settings-discreet-help = The browser's history keeps the address and the title of every screen you open. In discreet mode, every title is "{ $title }". Titles kept before you turned it on, also before a quick exit, stay in the history. The addresses stay either way, with or without discreet mode: they end in #/ and the screen's name (for example, #/deadline). Only clearing the browser's history removes them.

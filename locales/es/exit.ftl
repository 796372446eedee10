## Quick exit and discreet mode (Settings): what the browser's history keeps
settings-discreet = El historial del navegador
settings-exit-after = Después de salir rápido, Atrás y toda página de Rumbo abierta de nuevo desde el historial (aunque hayas cerrado la pestaña) muestran solo una página en blanco titulada «{ $title }», hasta que pulses «{ exit-reopen }».
settings-discreet-label = Modo discreto: cada pantalla se titula «{ $title }», no «Rumbo» ni el nombre de la pantalla
settings-discreet-help = El historial del navegador guarda la dirección y el título de cada pantalla que abres. Con el modo discreto, cada título es «{ $title }». Los títulos guardados antes de activarlo, también antes de una salida rápida, se quedan en el historial. Las direcciones se quedan siempre, con o sin modo discreto: terminan en #/ y el nombre de la pantalla (por ejemplo, #/deadline). Solo se quitan borrando el historial del navegador.

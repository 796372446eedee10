## Quick exit and discreet mode (Settings): what the browser's history keeps
settings-discreet = Istorik navigatè a
settings-exit-after = Apre yon soti vit, bouton Retounen an ak nenpòt paj Rumbo ou louvri ankò nan istorik la (menm apre ou fin fèmen onglè a) montre sèlman yon paj vid ki gen tit "{ $title }", jiskaske ou peze "{ exit-reopen }".
settings-discreet-label = Mòd diskrè: tit chak ekran se "{ $title }", pa "Rumbo" ni non ekran an
settings-discreet-help = Istorik navigatè a kenbe adrès ak tit chak ekran ou louvri. Nan mòd diskrè, tout tit se "{ $title }". Tit ki te anrejistre anvan ou limen l, menm anvan yon soti vit, rete nan istorik la. Adrès yo rete kanmenm, avèk oswa san mòd diskrè: yo fini ak #/ epi non ekran an (pa egzanp, #/deadline). Se sèlman lè ou efase istorik navigatè a yo disparèt.

# BOUYON: okenn moun ki pale kreyòl natif natal poko revize tradiksyon sa a.
## The pages readable without JavaScript (rumbo-cli export static) and what they say needs the full app
static-needs-app-search = Pou chèche, ou bezwen aplikasyon konplè a (avèk JavaScript). Tout gid yo anba a.
static-search-loading = Rechèch la ap chaje…
static-needs-app-calculator = Kalkilatris la bezwen aplikasyon konplè a (avèk JavaScript). Tablo anba a bay menm dènye jou yo.
static-needs-app-saved = Pou kenbe gid ak kote sou telefòn sa a, ou bezwen aplikasyon konplè a (avèk JavaScript).
static-needs-app-case = "Ka mwen" bezwen aplikasyon konplè a (avèk JavaScript): dat ou yo rete sèlman nan telefòn ou. Gid yo esplike chak etap.
static-needs-app-card = Pou fè kat pou pòch la, ou bezwen aplikasyon konplè a (avèk JavaScript). Gid yo esplike chak etap.
static-settings-lead = Ou ka li paj sa a san JavaScript. Pwoteksyon sa yo bezwen aplikasyon konplè a (avèk JavaScript):
static-settings-cover = Apre yon soti vit, kouvri Rumbo ak yon paj vid lè yon moun peze Retounen oswa louvri l ankò.
static-settings-shift = Soti vit lè ou peze touch Shift la twa fwa.
static-settings-discreet = Mòd diskrè (tit net nan istorik la).
static-settings-wipe = Efase done mwen yo, epi kenbe lang lan sou telefòn sa a.
static-settings-exit-link = Lyen "{ exit-button }" anlè a mache san JavaScript: li louvri yon sit net, men Retounen fè ou tounen sou paj sa a.
static-open-app = Louvri aplikasyon konplè a
static-noscript = San JavaScript, ou ka li tout gid yo isit la, anyè a (peze yon nimewo pou rele) ak tablo delè yo. Kalkilatris la, rechèch la ak kenbe bagay yo bezwen JavaScript.

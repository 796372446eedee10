# Rumbo: tèks entèfas la an kreyòl ayisyen.
# BOUYON: okenn moun ki pale kreyòl natif natal poko revize tradiksyon sa a. Lè yon moun revize l,
# chanje translation-status pou "reviewed" (gade TRANSLATING.md).

## Eta tradiksyon sa a: source, reviewed oswa draft.
translation-status = draft
translation-source = tèks orijinal
translation-reviewed = yon moun ki pale lang lan natif natal revize l
translation-draft = bouyon: okenn moun ki pale lang lan natif natal poko revize l
missing-text = (tèks la pa disponib)

## Lang
language-name = Kreyòl ayisyen
language-continue = Kontinye an kreyòl
first-run-title = Chwazi lang ou
language-switch-label = Lang

## Navigasyon
nav-label = Seksyon yo
nav-home = Akèy
nav-guides = Gid
nav-deadline = Dat limit
nav-directory = Anyè
nav-saved = Sove
nav-settings = Paramèt
coming-title = Talè konsa

## Akèy
home-title = Enfòmasyon pou chèche pwoteksyon nan Meksik
home-lead = Dwa ou, kijan pou mande azil, dat limit pou fè l, ak kote pou jwenn èd.
home-offline = Li mache san entènèt apre premye vizit la. Sa ou fè isit la rete nan telefòn sa a.
home-guides = Dwa ou ak pwosedi azil la, etap pa etap.
home-deadline = Kalkile dènye jou pou mande azil.
home-directory = Abri, èd legal ak nimewo ijans.
home-saved = Sa ou sove, toujou anba men ou, menm san entènèt.
not-legal-advice = Sa a se enfòmasyon jeneral, se pa konsèy legal. Anvan ou deside, pale ak yon òganizasyon oswa yon avoka ou fè konfyans.

## Gid
guides-title = Gid
guides-coming = N ap ekri gid yo epi n ap verifye chak enfòmasyon ak sous li. Yo pral parèt isit la.
guide-title = Gid
guide-coming = Seksyon sa a poko pare.
guide-back = Wè tout gid yo

## Dat limit
deadline-title = Dat limit 30 jou ouvrab
deadline-lead = Pou mande azil (estati refijye) nan Meksik, lalwa ba ou 30 jou ouvrab (días hábiles), ou kòmanse konte apati jou ouvrab ki vini apre jou ou antre nan peyi a.
deadline-lead-source = Sous: Lwa sou Refijye, Pwoteksyon Konplemantè ak Azil Politik (Ley sobre Refugiados, Protección Complementaria y Asilo Político), atik 18.
deadline-coming = Isit la w ap ka kalkile dènye jou pou w depoze demann ou, dapre kalandriye jou ki pa ouvrab yo.

## Anyè
directory-title = Anyè
directory-coming = Abri, èd legal ak liy èd yo pral parèt isit la, chak ak sous li ak dat yo te verifye l.

## Sa ou sove
saved-title = Sa ou sove
saved-lead = Sa ou sove rete sèlman nan aparèy sa a.
saved-coming = Talè w ap ka sove gid, kote ak dat limit ou, pou louvri yo ak yon sèl manyen, san entènèt.

## Paramèt
settings-title = Paramèt
settings-language = Lang
settings-about = Konsènan Rumbo
settings-data = Done ou yo
settings-data-stored = Rumbo kenbe sèlman lang ou chwazi a, e sèlman nan aparèy sa a.
settings-data-wipe-coming = Talè ap gen yon bouton pou efase tout sa Rumbo sove. Pandan tan sa a, ou ka efase done sit sa a nan paramèt navigatè ou.
about-what = Rumbo bay enfòmasyon san entènèt pou moun k ap chèche pwoteksyon nan Meksik: dwa ou, azil, dat limit ak kote pou jwenn èd.
about-version = Vèsyon
about-privacy-title = Vi prive
about-privacy = Anyen ou fè nan Rumbo pa soti nan aparèy sa a. Pa gen kont, pa gen swivi, pa gen piblisite.
about-licence-title = Lisans
about-licence = Kòd: lisans MIT. Tèks ki ekri pou Rumbo: CC BY 4.0. Sous yo site yo kenbe pwòp lisans pa yo.
about-translations = Tradiksyon

## Paj ki pa egziste
not-found-title = Paj la pa egziste
not-found-text = Adrès sa a pa egziste nan Rumbo. Li ka soti nan yon ansyen lyen.
not-found-home = Ale nan paj akèy la

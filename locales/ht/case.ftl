# Ka mwen: dat moun nan, delè ki swiv yo, siyati chak semèn, rapèl yo (.ics) ak rezime an tèks. Dat yo rive deja
# ekri an mo ($date, $safe, $latest...). (Bouyon)

## Etap yo
case-step-entry = Antre nan Meksik
case-step-asylum = Mande azil (30 jou ouvrab)
case-step-filing = Demann depoze
case-step-ratify = Konfime demann lan (ratificar, 3 jou ouvrab)
case-step-decision-term = Repons COMAR (45 jou ouvrab)
case-step-appointment = Randevou oswa entèvyou
case-step-decision = Desizyon
case-step-appeal = Apèl pou revizyon (recurso de revisión, 15 jou ouvrab)
case-step-tvrh = Kat vizitè pou rezon imanitè (TVRH)

case-state-past = pase deja
case-state-current = kounye a
case-state-upcoming = ap vini
case-state-unknown = yo pa konnen

## Antre
case-entry-on = Ou antre { $date }.
case-entry-between = Ou antre ant { $earliest } ak { $latest }.
case-note-count-from-earliest = Ou pa t bay jou egzak ou antre a: Rumbo konte apati premye jou li te ka ye, { $earliest }. Konsa tout dat yo se pi bonè posib. Si ou antre pita, vrè jou ou yo pita tou.

## Mande azil (LRPCAP atik 18)
case-asylum-no-entry = San dat ou antre a, Rumbo pa ka konte 30 jou ouvrab yo.
case-asylum-filed-no-entry = Ou gentan depoze demann ou.
case-asylum-open = Rete { $left } jou ouvrab. Dènye jou ki sèten: { $safe }. Dènye jou posib: { $latest }.
case-asylum-past-safe = Dènye jou ki sèten an ({ $safe }) pase, men dènye jou posib la ({ $latest }) poko pase. Li ka deja konte kòm an reta.
case-asylum-past-latest = 30 jou ouvrab yo pase (dènye jou posib: { $latest }). Sa rive anpil moun. Ou ka toujou mande azil.
case-asylum-filed-in-time = Ou depoze demann ou { $filed }, anvan dènye jou ki sèten an ({ $safe }).
case-asylum-filed-between = Ou depoze demann ou { $filed }, ant dènye jou ki sèten an ({ $safe }) ak dènye jou posib la ({ $latest }). Rumbo pa ka konnen si COMAR konte l alè.
case-asylum-filed-late = Ou depoze demann ou { $filed }, apre dènye jou posib la ({ $latest }). Ou ka depoze yon demann an reta. Si COMAR mande w esplike reta a, reponn nan delè li ba ou a.
case-note-late-application = Esplike rezon ki fè ou pa t ka mande anvan, alekri oswa ak bouch, epi pote prèv ou genyen, menm si se pa dokiman ofisyèl. An 2019, Lakou Siprèm te di, nan de ka, yo pa ka egzije dokiman ki pwouve sa ki te anpeche w mande azil.

## Demann
case-filed-on = Ou depoze demann ou { $date }.
case-filed-at = Ou depoze demann ou { $date } nan { $office } { $city }.
case-office-comar = COMAR
case-office-inm = INM
case-place = { $office } { $city }

## Konfime (LRPCAP atik 11)
case-ratify-no-filing = Se yon lòt moun ki depoze demann ou: ou dwe konfime l an pèsòn nan 3 jou ouvrab. San dat depo a, Rumbo pa ka konte yo.
case-ratify-open = Konfime an pèsòn devan COMAR oswa INM. Dènye jou ki sèten: { $safe }. Dènye jou posib: { $latest }.
case-ratify-past-safe = Dènye jou ki sèten pou konfime a ({ $safe }) pase, men dènye jou posib la ({ $latest }) poko pase.
case-ratify-past = 3 jou ouvrab pou konfime yo fini { $latest }. Rumbo pa konnen si ou te konfime. Si ou pa t fè l, lwa a di se kòm si demann lan pa t janm depoze (atik 11).
case-note-ratify-start = Sous yo pa di apati ki jou 3 jou yo kouri: Rumbo konte apati menm jou depo a ak apati jou apre a, epi li montre dat ki pi bonè a kòm sèten.

## Repons COMAR (LRPCAP atik 24)
case-decision-waiting = COMAR dwe deside nan 45 jou ouvrab apati jou apre ou depoze a: ant { $safe } ak { $latest }, selon ki jou yo konte.
case-decision-silence = 45 jou ouvrab yo pase ({ $latest }) epi ou pa make okenn desizyon. Lè COMAR pa reponn, se pa yon desizyon: demann ou toujou louvri. Kontinye al siyen chak semèn.
case-decision-term-decided = COMAR gentan notifye w desizyon li.
case-note-extension-unknown = COMAR ka pwolonje delè a yon fwa, jiska 45 lòt jou ouvrab (jiska { $extended }). Rumbo pa ka konnen si li fè l: mande nan biwo a.
case-note-past-extension = Menm ak pwolongasyon ki pi long lan, delè a fini { $extended }.
case-note-delays = Nan pratik COMAR pran plis tan anpil: an 2023 te gen ka 2021 ak 2022 ki poko rezoud (Asylum Access México). Mande yon òganizasyon konsèy.
case-note-interview-unknown = Rumbo pa ka konnen ki lè entèvyou ou ap ye: se sèlman COMAR ki ka di w sa. Lè yo ba ou yon randevou, make l isit la.

## Randevou
case-appointment-on = Randevou { $date }.
case-appointment-note = Randevou { $date }: { $note }

## Desizyon
case-decision-refused = COMAR refize ba ou estati refijye ak pwoteksyon konplemantè.
case-decision-complementary = COMAR refize ba ou estati refijye epi li ba ou pwoteksyon konplemantè (protección complementaria).
case-decision-granted = COMAR rekonèt ou kòm refijye.
case-notified-on = Yo notifye w { $date }.

## Apèl pou revizyon (LRPCAP atik 25)
case-appeal-no-date = San jou notifikasyon an, Rumbo pa ka konte 15 jou ouvrab yo. Pa tann: aji jodi a.
case-appeal-open = Depoze apèl pou revizyon an anvan dènye jou ki sèten an: { $safe }. Dènye jou posib: { $latest }.
case-appeal-past-safe = Dènye jou ki sèten an ({ $safe }) pase, men dènye jou posib la ({ $latest }) poko pase.
case-appeal-past-latest = 15 jou ouvrab yo fini { $latest }. Ka gen lòt mwayen defans: lwa a di ou ka itilize "los medios de defensa que estime pertinentes" (mwayen defans ou jije ki bon, atik 25). Rumbo pa jwenn delè yo.
case-note-appeal-start = Lwa sou refijye a konte apati notifikasyon an; règ federal la (LFPA atik 85), apati jou apre li pran efè. Swiv dènye jou ki sèten an.
case-appeal-complementary = Sous yo pa di si apèl pou revizyon an ak delè li aplike pou yon desizyon ki ba ou pwoteksyon konplemantè. Mande yon òganizasyon oswa yon avoka jodi a.
case-appeal-complementary-if = Si li aplike, 15 jou ouvrab yo ta fini ant { $safe } (dènye jou ki sèten) ak { $latest }.

## TVRH
case-tvrh-no-expiry = Rumbo pa kalkile ki lè TVRH ou ap ekspire: yo pa jwenn okenn tèks ofisyèl sou konbyen tan li valab. Gade dat ki enprime sou kat ou oswa sou papye ou.
case-tvrh-issued = Yo ba ou l { $date }.
case-tvrh-sources = Sa sous yo di, san dat: li "suele ser válido por 1 año" (anjeneral li valab 1 an) epi yo renouvle l sèlman si ou toujou demandè lè l ekspire (Sin Fronteras); "sólo dura un año" (li dire yon an sèlman, biwo INM nan Morelos). Depi kòmansman 2024, INM sispann bay kat la (Amnesty International, fevriye 2025).

## Pwochen bagay pou fè
case-next-apply-soon = Mande azil pi vit ou kapab, nan COMAR oswa, kote ki pa gen COMAR, nan INM. Li gratis.
case-next-apply-before = Mande azil anvan { $safe }.
case-next-apply-today = Mande azil jodi a.
case-next-apply-anyway = Mande azil kanmenm, epi esplike poukisa ou pa t ka fè l anvan.
case-next-keep-constancia = Kenbe Atestasyon ou (constancia de trámite) ak yon kopi.
case-next-ratify-soon = Konfime an pèsòn devan COMAR oswa INM pi vit ou kapab.
case-next-ratify = Konfime an pèsòn anvan { $safe }.
case-next-ratify-today = Konfime jodi a, an pèsòn.
case-next-keep-signing-in = Kontinye al siyen chak semèn.
case-next-appointment = Ale jou sa a ak Atestasyon ou.
case-next-granted = Li dwa ou kòm refijye.
case-next-appeal-now = Chèche yon avoka oswa yon òganizasyon jodi a.
case-next-appeal-before = Chèche yon avoka oswa yon òganizasyon jodi a, epi depoze apèl la anvan { $safe }.
case-next-appeal-today = Depoze apèl la jodi a. Chèche yon avoka oswa yon òganizasyon.
case-next-see-organization = Pale ak yon òganizasyon oswa yon avoka.
case-next-see-organization-now = Pale ak yon òganizasyon oswa yon avoka jodi a.
case-next-tvrh = Anvan li ekspire, mande nan INM oswa yon òganizasyon.

## Siyati chak semèn (Reglamento atik 24)
case-sign-in-next = Pwochen siyati: { $date }. { $place }
case-sign-in-advice-constancia = Pote Atestasyon ou (constancia de trámite).
case-sign-in-advice-go = Ale chak semèn menm si li sanble anyen pa pase: si ou pa ale, yo ka konsidere demann ou kòm abandone.
case-sign-in-suspension-2025 = Jou sa a COMAR te sispann aktivite pou vakans; li relouvri 5 janvye 2026. Dapre laprès (Cuarto Poder, 27 desanm 2025), yo pa t anrejistre prezans pandan sispansyon an.
case-sign-in-non-working = Kalandriye Rumbo make jou sa a kòm jou ki pa ouvrab ({ $basis }). Pèsonn pa di si siyati a deplase sou yon lòt jou: mande nan biwo ou.
case-sign-in-after-decision = Ou gen yon desizyon. Sous yo pa di si ou dwe kontinye al siyen apre sa: mande nan biwo ou.

## Rapèl (.ics)
case-ics-sign-in = Siyati chak semèn
case-ics-sign-in-why = Règleman lwa sou refijye a, atik 24: prezante chak semèn jou yo ba ou a.
case-ics-sign-in-ended = Yo notifye yon desizyon: fichye sa a fini rapèl siyati chak semèn nan.
case-ics-term = { $title } ({ $article })
case-ics-neutral-weekly = Randevou
case-ics-neutral-term = Rapèl
case-ics-neutral-appointment = Randevou

## Rezime an tèks
case-summary-title = Ka mwen
case-summary-today = Jodi a: { $today }
case-summary-article = Lwa: { $article }
case-summary-next = Sa pou fè: { $next }
case-summary-footer = Kalandriye jou ki pa ouvrab yo revize { $reviewed }. Sa a se pa konsèy legal: mande yon òganizasyon oswa yon avoka pou ka ou.

## Erè lè w ap make
case-field-entry = dat ou antre a
case-field-filed = dat depo demann lan
case-field-filed-at = kote ou depoze demann lan
case-field-sign-in = kote ou al siyen an
case-field-appointment = yon randevou
case-field-notified = dat notifikasyon an
case-field-tvrh = dat TVRH la
case-error-version = Done sa yo soti nan yon vèsyon Rumbo ki pi nouvo. Mete Rumbo ajou pou w wè yo. Anyen pa chanje.
case-error-unreadable = Yo pa ka li done ka ou sa yo. Anyen pa chanje.
case-error-impossible = Verifye { $field }: dat sa a pa egziste. Anyen pa sove.
case-error-before-law = Verifye { $field }: li anvan lwa sou refijye a (27 janvye 2011). Anyen pa sove.
case-error-beyond-calendar = Verifye { $field }: li andeyò kalandriye Rumbo. Anyen pa sove.
case-error-future = Verifye { $field }: { $date } poko rive (jodi a se { $today }). Anyen pa sove.
case-error-filed-before-entry = Depo demann lan ({ $filed }) pa ka anvan ou antre ({ $entry }). Anyen pa sove.
case-error-notified-before-filed = Notifikasyon an ({ $notified }) pa ka anvan depo demann ou ({ $filed }). Anyen pa sove.
case-error-notified-before-entry = Notifikasyon an ({ $notified }) pa ka anvan ou antre ({ $entry }). Anyen pa sove.
case-error-appointment-before-entry = Yon randevou ({ $date }) pa ka anvan ou antre ({ $entry }). Anyen pa sove.
case-error-too-many-appointments = Ou ka make jiska { $max } randevou. Anyen pa sove.
case-error-text = Verifye { $field }: ekri { $max } karaktè pi plis, sou yon sèl liy. Anyen pa sove.
case-ics-warning = Rapèl yo rete nan kalandriye ou: lè ou efase done Rumbo, sa pa efase yo. Yo ka parèt sou ekran fèmen an epi senkronize sou entènèt ak kont ou. Mòd net la retire non Rumbo ak detay ka ou.

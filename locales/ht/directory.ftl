# Anyè: ekran an, filt yo ak fich yo. Nòt chak kote nan directory-entries.ftl.

directory-lead = Abri, èd legal, biwo ak liy èd. Chak enfòmasyon di ki sous li soti ak ki dat li genyen.
directory-few-phones = Se kèk òganizasyon sèlman ki pibliye yon nimewo telefòn. Kote nou pa jwenn youn, nou di sa epi nou montre sa nou konnen. Si se yon ijans, rele 911.
directory-filter-city = Vil
directory-filter-kind = Ki kalite
directory-filter-serves = Pou ki moun
directory-filter-name = Chèche pa non
directory-back = Wè tout anyè a
entry-missing = Kote sa a pa nan vèsyon Rumbo sa a ankò.
directory-all = Tout
# Kreyòl pa chanje mo a pou pliryèl: yon sèl kategori, "other".
directory-count =
    { $count ->
        [0] Okenn kote pa koresponn ak filt sa yo. Eseye retire youn.
       *[other] { $count } kote
    }

## Liy èd
help-lines-title = Si ou an danje
help-lines-911 = Ijans: polis, ijans medikal, ponpye ak pwoteksyon sivil.
help-lines-089 = Pote plent san non: rakèt, kidnaping, trafik moun.

## Yon fich
entry-serves = Pou: { $groups }
entry-services = Sa li ofri
entry-confirmed = Òganizasyon an konfime l { $date }.
entry-seen = Enfòmasyon ki pi ansyen sou fich sa a soti nan yon sous ki date { $date }. Pèsonn poko konfime l ak òganizasyon an.
entry-old = Enfòmasyon ki gen tan: enfòmasyon ki pi ansyen sou fich sa a soti nan yon sous ki date { $date }. Verifye l anvan ou ale.
entry-undated = Yon enfòmasyon sou fich sa a soti nan yon sous ki pa gen dat: verifye l anvan ou ale.
entry-address = Adrès:
entry-copy-address = Kopye adrès la
entry-map = Louvri nan kat la
entry-no-address = Nou pa jwenn okenn adrès ki pibliye.
entry-no-phone = Nou pa jwenn okenn nimewo telefòn ki pibliye.
entry-copy-number = Kopye nimewo a
entry-web = Sit entènèt:
entry-email = Imèl:
entry-open-now = Louvri kounye a.
entry-closed-now = Fèmen kounye a.
entry-hours-tijuana = { $hours } (lè Tijuana)
entry-hours-juarez = { $hours } (lè Ciudad Juárez)
entry-hours-cdmx = { $hours } (lè Vil Meksik)
entry-conflict = Yon lòt sous ({ $source }) di: { $text }.
entry-sources = Sous fich sa a
entry-read = Li { $date }.

## Kalite
dir-kind-shelter = Abri
dir-kind-legal = Èd legal
dir-kind-government = Biwo gouvènman
dir-kind-health = Sante
dir-kind-helpline = Liy èd
dir-kind-other = Lòt

## Vil
dir-city-tijuana = Tijuana
dir-city-mexicali = Mexicali
dir-city-ciudad-juarez = Ciudad Juárez
dir-city-tapachula = Tapachula
dir-city-cdmx = Vil Meksik
dir-city-national = Tout peyi a

## Pou ki moun
dir-serves-everyone = tout moun
dir-serves-women = fanm
dir-serves-children = timoun ak adolesan
dir-serves-families = fanmi
dir-serves-men = gason
dir-serves-lgbtiq = moun LGBTIQ+
dir-serves-deportees = moun yo depòte
dir-serves-mexicans = sèlman moun ki Meksiken
dir-serves-asylum-seekers = moun k ap chèche azil

## Sa li ofri
dir-service-shelter = kote pou dòmi
dir-service-food = manje
dir-service-clothing = rad
dir-service-legal = konsèy legal
dir-service-medical = swen medikal
dir-service-psychological = sipò sikolojik
dir-service-work = travay
dir-service-education = lekòl
dir-service-phone-internet = telefòn ak entènèt
dir-service-interpretation = entèprèt
dir-service-complaints = plent
dir-service-emergency = ijans
dir-service-documents = dokiman
dir-service-family-contact = kontak ak fanmi
dir-service-asylum-application = demann azil

## Eta yon fich ak dat chak enfòmasyon
entry-national = Nimewo nasyonal.
entry-value-date = (sous ki date { $date })
entry-value-undated = (sous san dat)

## Lè yo louvri: chak sèvis gen pa l
entry-every-day = chak jou
entry-hours-dated = Dapre yon sous ki date { $date }, li te louvri: { $hours }.
entry-hours-undated = Dapre yon sous ki pa gen dat, li te louvri: { $hours }.
entry-hours-non-working = Jodi a se pa yon jou ouvrab pou biwo gouvènman yo: li ka fèmen.
entry-hours-maybe-non-working = Jodi a ka pa yon jou ouvrab pou biwo sa a (vakans oswa yon jou ferye yo deklare): li ka fèmen.
dir-hours-office = Biwo
dir-hours-clinic = Klinik
dir-hours-breakfast = Manje maten
dir-hours-first-applications = Premye demann azil

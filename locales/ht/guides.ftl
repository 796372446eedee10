# Gid: lis la, rechèch la, yon seksyon, ak ekran pou montre yon otorite.
# Tèks chak seksyon nan guide-<seksyon>.ftl.

guides-lead = Sa lalwa di ak sa k ap pase an reyalite, ak sous yo.
guides-all = Tout gid yo
guide-missing = Seksyon sa a pa egziste nan vèsyon Rumbo sa a. Petèt non li chanje.

## Avi
guide-draft = Tradiksyon sa a se yon bouyon: okenn moun ki pale lang nan natifnatal poko revize l.
guide-read-spanish = Leer esta sección en español
guide-showing-spanish = W ap li tèks orijinal la an panyòl.
guide-back-to-translation = Retounen nan tradiksyon an
guide-stale = Enfòmasyon sa yo te rasanble { $date }, sa gen plis pase sis mwa. Rumbo pa mete tèt li ajou san entènèt: verifye sa ki enpòtan ak yon òganizasyon.

## Etikèt blòk yo
guide-kind-law = Sa lalwa di
guide-kind-case-law = Sa yon tribinal te di nan kèk ka presi
guide-kind-practice = Sa k ap pase an reyalite
guide-kind-unknown = Sa nou poko konnen
guide-kind-warning = Fè atansyon

## Koute, pataje, kopye
guide-listen = Koute
guide-listen-stop = Kanpe
guide-share = Pataje seksyon sa a
guide-copy = Kopye seksyon sa a
guide-shared-from = Soti nan Rumbo: enfòmasyon jeneral, se pa konsèy legal.

## Sous, zouti, seksyon ki gen rapò
guide-tools = Zouti
guide-tool-deadline = Kalkile dat limit mwen
guide-tool-directory = Jwenn èd toupre
guide-sources = Sous
guide-source-date = Dat sous la: { $date }.
guide-source-undated = San dat.
guide-compiled = Rasanble apati sous sa yo { $date }.
guide-not-lawyer-reviewed = Okenn avoka poko revize l.
guide-lawyer-reviewed = Yon avoka revize l { $date }.
guide-related = Ki gen rapò
guide-prev-next = Lòt seksyon
guide-previous = Anvan
guide-next = Apre

## Rechèch
search-label = Chèche nan gid yo
# Kreyòl pa chanje mo a pou pliryèl: yon sèl kategori, "other".
search-count =
    { $count ->
        [0] Nou pa jwenn anyen. Eseye yon lòt mo.
       *[other] { $count } rezilta
    }

search-more = Montre tout { $count } rezilta yo
search-fewer = Montre sèlman { $count } premye yo

## Montre yon otorite
official-title = Montre yon otorite
official-lead = Montre ekran sa a. Se tèks lalwa Meksik la, an panyòl.
official-caution = Tèks yo pran nan yon kopi tèks ki an vigè Chanm Depite yo pibliye a (yon konvèsyon otomatik PDF li), yo poko konpare l ak piblikasyon ofisyèl la. "[...]" make mo yo retire. Se pa konsèy legal: si yon otorite pa respekte dwa ou, chèche èd legal.

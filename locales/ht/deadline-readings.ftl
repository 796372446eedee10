# Fason pou li ki jou chak delè kòmanse, ak ki fason chak dat kalkilatris la soti.

deadline-from = Kote dat sa a soti:
deadline-why-asylum-next-day = jou 1 se jou ouvrab ki vini apre jou ou antre a, jan lalwa di l.
deadline-why-decision-next-day = jou 1 se jou ouvrab ki vini apre jou yo depoze demann lan, jan lalwa di l.
deadline-why-appeal-same-day = lekti mo pou mo «a partir de la notificación» (apati notifikasyon an): menm jou notifikasyon an konte kòm jou 1, sof si se yon jou ki pa konte (×).
deadline-why-appeal-next-day = jou 1 se jou ouvrab ki vini apre notifikasyon an (LFPA atik 85, si notifikasyon an pran efè menm jou a).
deadline-why-appeal-after-effect = notifikasyon an pran efè jou ouvrab ki vini apre a, epi jou 1 se jou ouvrab ki vini apre sa (LFPA atik 85).
deadline-why-ratify-same-day = lekti mo pou mo, paske lalwa pa di apati ki jou: menm jou yo depoze demann lan konte kòm jou 1, sof si se yon jou ki pa konte (×).
deadline-why-ratify-next-day = jou 1 se jou ouvrab ki vini apre jou yo depoze demann lan, tankou nan lòt delè lalwa yo.
deadline-calendar-certain-only = Jou ki pa sèten yo (?) konte kòm jou ouvrab.
deadline-calendar-certain-and-uncertain = Jou ki pa sèten yo (?) pa konte.
deadline-readings-title = Tout fason pou konte
deadline-readings-help = Yo ka li lalwa a nan plis pase yon fason. Dènye jou ki sèten an se dat ki pi bonè nan tout; dènye jou posib la, dat ki pi ta a.
deadline-reading-law = Sou kisa chak fason pou konte a baze:
deadline-legend-start-strict = Jou kòmansman (nan lekti mo pou mo a, li konte kòm jou 1)
deadline-error-ends-beyond = Si yo konte apati dat sa a, delè a ta fini apre 2099, deyò kalandriye Rumbo a.

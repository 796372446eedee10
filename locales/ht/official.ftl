# Ekran pou montre yon otorite: sa chak atik vle di pou ou. Tèks lwa a toujou parèt an panyòl, yo pa tradui l.
official-cpeum-11-meaning = Konstitisyon Meksik la rekonèt tout moun gen dwa chèche azil epi resevwa azil.
official-lm-7-meaning = Se sèlman otorite ki gen konpetans lan, nan ka lwa a prevwa, ki ka mande w pwouve nasyonalite ou oswa sitiyasyon migratwa ou.
official-lm-8-meaning = Kit ou gen papye kit ou pa genyen, ou gen dwa resevwa swen medikal ijans gratis lè lavi w an danje.
official-lm-9-meaning = Kèlkeswa sitiyasyon migratwa ou, jij yo ak biwo eta sivil la pa ka refize anrejistre yon nesans, rekonesans yon pitit, yon maryaj, yon divòs oswa yon lanmò, ni refize ba ou ak yo.
official-lm-11-meaning = Kit ou gen papye kit ou pa genyen, ou ka ale devan lajistis ak yon pwosedi jis, epi pote plent pou dwa moun.
official-lm-52-v-b-meaning = Yon timoun oswa yon adolesan migran dwe resevwa touswit otorizasyon pou rete kòm vizitè pou rezon imanitè, san yo pa mande l dokiman ni fè l peye.
official-lm-52-v-c-meaning = Si w ap mande azil oswa estati refijye, lwa a di yo dwe otorize w rete kòm vizitè pou rezon imanitè jiskaske yo deside sitiyasyon ou.
official-lm-68-meaning = Se sèlman INM ki ka arete w pou rezon migrasyon, li dwe mete sa alekri, e lwa a fikse yon limit 36 èdtan depi lè yo mete w a dispozisyon li; mande yon avoka kisa limit sa a kouvri egzakteman.
official-lm-76-meaning = INM pa ka fè vizit kontwòl migrasyon nan kote òganizasyon sosyete sivil oswa moun k ap fè travay imanitè bay migran abri.
official-lrpcap-7-meaning = Si te gen yon pwosedi migrasyon kont ou paske ou te antre yon fason iregilye, yo dwe sispann li jiskaske yo deside demann refijye ou.
official-lrpcap-18-meaning = Si ou pa ka ekri demann ou, ou ka fè l ak bouch epi yo dwe ekri l nan yon pwosè-vèbal; demach la gratis.
official-lrpcap-19-meaning = Ou gen dwa resevwa enfòmasyon klè, alè e gratis sou demach la, sou dwa ou ak sou rekou ou ka itilize.
official-lrpcap-20-meaning = Timoun ak adolesan k ap mande estati refijye pa janm ka fèmen nan estasyon migratwa.
official-lrpcap-21-meaning = Nenpòt otorite ki konnen ou vle mande estati refijye dwe avèti otorite refijye a (COMAR) alekri e touswit, sinon yo ka sanksyone l.
official-lrpcap-22-meaning = COMAR dwe ba ou menm ak moun ki depann de ou yo yon Atestasyon (constancia de trámite).
official-lrpcap-24-meaning = COMAR dwe reponn demann ou alekri, ak rezon, nan 45 jou ouvrab apati jou apre ou te depoze l la; nan kèk ka, lwa a pèmèt yo pwolonje delè sa a yon sèl fwa, pou menm kantite tan.
official-lrpcap-25-meaning = Si repons lan negatif, ou ka depoze yon apèl pou revizyon (recurso de revisión) nan 15 jou ouvrab apre notifikasyon an, epi itilize lòt mwayen defans.

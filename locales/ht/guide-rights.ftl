# Seksyon: Dwa ou nan Meksik, kèlkeswa papye ou
guide-rights-title = Dwa ou nan Meksik, kèlkeswa papye ou
guide-rights-summary = Dwa ou genyen nan Meksik menm si ou pa gen dokiman migrasyon.
guide-rights-basics =
    ## Dwa ou pa depann de papye ou
    Ou gen dwa nan Meksik **menm si ou pa gen dokiman**. Konstitisyon an di: «Toda persona tiene derecho a buscar y recibir asilo.» (atik 11) Sa vle di: tout moun gen dwa chèche azil epi resevwa azil.

    Lwa Migrasyon an pwoteje ou «con independencia de su situación migratoria», sa vle di kèlkeswa sitiyasyon migrasyon ou (atik 6). Leta dwe pwoteje sekirite ou (atik 66) epi trete ou san diskriminasyon (atik 67).
guide-rights-services =
    ## Sante, lekòl ak eta sivil
    - Ale lopital si lavi ou an danje. **Swen medikal ijans yo gratis** (atik 8). Ou gen dwa resevwa lòt swen medikal tou.
    - Enskri pitit ou yo lekòl, piblik oswa prive, kèlkeswa papye yo (atik 8).
    - Fè anrejistre nesans, rekonesans pitit, maryaj, divòs ak lanmò. Biwo eta sivil la (_registro civil_) pa ka refize fè zak sa yo ni refize ba ou ak yo (atik 9).
guide-rights-justice =
    ## Jistis, plent ak entèprèt
    - Pote plent pou yon krim menm si ou pa gen papye. Ou gen dwa jwenn jistis epi depoze plent pou vyolasyon dwa moun (atik 11).
    - Depoze plent ou nan Komisyon Nasyonal Dwa Moun (CNDH, _Comisión Nacional de los Derechos Humanos_) si yon otorite federal, tankou Enstiti Nasyonal Migrasyon (INM) oswa Gad Nasyonal la, vyole dwa ou. Ou ka fè l sou entènèt nan atencionciudadana.cndh.org.mx. Li pa aksepte plent san non.
    - Mande yon entèprèt si ou pa pale panyòl. Otorite a dwe nonmen youn pou ou (_de oficio_) (atik 14).
    - Rele [911](tel:911) lè gen ijans, ak [089](tel:089) pou pote plent san bay non ou.
guide-rights-papers =
    ## Papye ak detansyon
    - Se sèlman otorite ki gen konpetans lan, nan ka lalwa prevwa yo, ki ka mande ou pwouve nasyonalite ou ak sitiyasyon migrasyon ou (atik 7).
    - INM pa ka fè kontwòl migrasyon nan abri òganizasyon sosyete sivil yo, ni kote moun k ap fè travay imanitè ap resevwa migran (atik 76).
    - Se sèlman INM ki ka fè «prezantasyon» (_presentación_), sa vle di detansyon migrasyon, yon moun ki pa gen papye. Lalwa di li «deberá constar en actas y no podrá exceder del término de 36 horas contadas a partir de su puesta a disposición» (atik 68): yo dwe ekri l nan yon pwosè-vèbal, epi li pa ka depase 36 èdtan depi yo mete moun nan a dispozisyon INM.
    - Mande yon avoka. Pandan yon pwosedi migrasyon INM, ou gen dwa pou yon moun ou chwazi konseye ou oswa reprezante ou (atik 70).

    Sèvi ak [ekran pou otorite yo](screen:official) si yo mande ou papye.
guide-rights-practice =
    ## San dokiman, plis risk
    - Pifò moun k ap chèche azil pa gen okenn dokiman migrasyon meksiken. Sa ba yo plis risk pou yo arete yo epi depòte yo, e li pi difisil pou yo jwenn dwa yo (Amnesty International, fevriye 2025).
    - An 2020, yo rapòte yon polisye te di yon migran, san rezon, li pa t ka pote plent. Ou ka pote plent.
    - Chèche sipò nan yon òganizasyon ki nan [anyè a](screen:directory).
guide-rights-unknown =
    - Rumbo pa konnen egzakteman kisa limit 36 èdtan an kouvri. **Mande yon avoka** esplike ou sa.
    - Rumbo pa t ka konfime yon nimewo telefòn pou CNDH. Pa sèvi ak nimewo ki pa verifye.

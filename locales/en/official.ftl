# Screen to show an official: what each article means for you. The law's text is always shown in Spanish and is not translated.
official-cpeum-11-meaning = Mexico's Constitution recognizes everyone's right to seek and receive asylum.
official-lm-7-meaning = Only the competent authority, in the cases the law sets, may ask you to prove your nationality or migration status.
official-lm-8-meaning = With or without papers, you have the right to free urgent medical care when your life is at risk.
official-lm-9-meaning = Whatever your migration status, judges and the civil registry cannot refuse to register births, acknowledgements of children, marriages, divorces or deaths, or to give you the certificates.
official-lm-11-meaning = With or without papers, you can turn to the justice system with due process and file human rights complaints.
official-lm-52-v-b-meaning = A migrant child or teenager must be given humanitarian visitor status immediately, without asking for documents or charging fees.
official-lm-52-v-c-meaning = If you are seeking asylum or refugee status, the law says you must be authorized to stay as a humanitarian visitor until your case is decided.
official-lm-68-meaning = Only the INM may detain you for migration reasons, it must record it in writing, and the law sets a limit of 36 hours from when you are placed at its disposal; ask a lawyer what exactly this limit covers.
official-lm-76-meaning = The INM may not carry out migration verification visits in places where civil society organizations or people doing humanitarian work shelter migrants.
official-lrpcap-7-meaning = If a migration procedure was started against you for irregular entry, it must be suspended until your refugee application is decided.
official-lrpcap-18-meaning = If you cannot write your application, you can make it orally and they must record it in writing; the procedure is free.
official-lrpcap-19-meaning = You have the right to clear, timely and free information about the procedure, your rights and the remedies you can use.
official-lrpcap-20-meaning = Children and teenagers who apply for refugee status may never be locked up in migration detention centres.
official-lrpcap-21-meaning = Any authority that learns you want to apply for refugee status must notify the refugee authority (COMAR) in writing and immediately, or it can be sanctioned.
official-lrpcap-22-meaning = COMAR must give you and your dependants a certificate of application (constancia de trámite).
official-lrpcap-24-meaning = COMAR must answer your application in writing, with reasons, within 45 working days from the day after you filed it; in certain cases the law allows this period to be extended once, by the same length again.
official-lrpcap-25-meaning = If the answer is negative, you can file an appeal (recurso de revisión) within 15 working days of being notified, and use other legal remedies.

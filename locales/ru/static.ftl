# Страницы, которые читаются без JavaScript, и что им нужна полная версия. (Черновик)
## The pages readable without JavaScript (rumbo-cli export static) and what they say needs the full app
static-needs-app-search = Для поиска нужна полная версия приложения (с JavaScript). Все разделы — ниже.
static-search-loading = Загрузка поиска…
static-needs-app-calculator = Для калькулятора нужна полная версия приложения (с JavaScript). В таблице ниже — те же последние дни.
static-needs-app-saved = Чтобы сохранять разделы и места на этом телефоне, нужна полная версия приложения (с JavaScript).
static-needs-app-case = Для «Моего дела» нужна полная версия приложения (с JavaScript): ваши даты хранятся только на вашем телефоне. В разделах объяснён каждый шаг.
static-needs-app-card = Чтобы сделать карточку для кармана, нужна полная версия приложения (с JavaScript). В разделах объяснён каждый шаг.
static-settings-lead = Эта страница читается без JavaScript. Для этих мер защиты нужна полная версия приложения (с JavaScript):
static-settings-cover = После быстрого выхода — закрывать Rumbo пустой страницей, когда кто-то нажимает «Назад» или открывает его снова.
static-settings-shift = Быстрый выход тремя нажатиями клавиши Shift.
static-settings-discreet = Незаметный режим (нейтральные заголовки в истории).
static-settings-wipe = Удаление моих данных и запоминание языка на этом телефоне.
static-settings-exit-link = Ссылка «{ exit-button }» вверху работает без JavaScript: она открывает нейтральный сайт, но «Назад» вернёт на эту страницу.
static-open-app = Открыть полную версию
static-noscript = Без JavaScript здесь можно прочитать все разделы, справочник (нажмите на номер, чтобы позвонить) и таблицу сроков. Для калькулятора, поиска и сохранения нужен JavaScript.

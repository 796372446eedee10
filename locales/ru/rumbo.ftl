# Rumbo: текст интерфейса на русском языке.
# ЧЕРНОВИК: носитель языка ещё не проверял этот перевод. После проверки замените translation-status
# на «reviewed» (см. TRANSLATING.md).

## Статус перевода: source, reviewed или draft.
translation-status = draft
translation-source = исходный текст
translation-reviewed = проверено носителем языка
translation-draft = черновик: носитель языка ещё не проверял перевод
copy-done = Скопировано.
copy-by-hand = Браузер здесь не даёт копировать: текст выделен, скопируйте его вручную.
missing-text = (текст недоступен)

## Языки
language-name = Русский
language-continue = Продолжить на русском
first-run-title = Выберите язык
language-switch-label = Язык

## Навигация
nav-label = Разделы
nav-home = Главная
nav-guides = Памятки
nav-deadline = Срок
nav-directory = Помощь
nav-saved = Закладки
nav-settings = Настройки
coming-title = Скоро

## Главная
home-title = Как получить защиту в Мексике
home-lead = Ваши права, как попросить убежища, срок подачи и где найти помощь.
home-offline = Работает без интернета после первого открытия. Всё, что вы делаете здесь, остаётся на этом телефоне.
home-guides = Ваши права и процедура получения убежища, шаг за шагом.
home-deadline = Рассчитайте последний день для подачи на убежище.
home-directory = Приюты, юридическая помощь и экстренные номера.
home-saved = Сохранённое всегда под рукой, даже без интернета.
not-legal-advice = Это общая информация, а не юридическая консультация. Прежде чем принимать решение, обратитесь в организацию или к юристу, которым вы доверяете.

## Памятки
guides-title = Памятки
guide-title = Памятка
guide-back = Все памятки

## Срок
deadline-title = Срок — 30 рабочих дней
deadline-lead = Чтобы попросить убежища (статуса беженца) в Мексике, закон даёт 30 рабочих дней (días hábiles), считая с рабочего дня, следующего за днём въезда в страну.
deadline-lead-source = Источник: Закон о беженцах, дополнительной защите и политическом убежище (Ley sobre Refugiados, Protección Complementaria y Asilo Político), статья 18.

## Где найти помощь
directory-title = Где найти помощь

## Закладки
saved-title = Закладки
saved-lead = Всё, что вы сохраните, остаётся только на этом устройстве.
saved-save = Сохранить
saved-yes = Сохранено
saved-empty = Вы пока ничего не сохранили. Нажмите «Сохранить» в памятке, в карточке справочника или в результате расчёта срока.
saved-deadlines = Сроки
saved-guides = Памятки
saved-entries = Места
saved-gone = Этого больше нет в этой версии Rumbo.
saved-deadline = { $term }: надёжный последний день { $date }
saved-deadline-same = Пересчитано по текущему календарю: дата не изменилась.
saved-deadline-changed = Пересчитано по текущему календарю: дата изменилась с тех пор, как вы её сохранили.
saved-notice-set-aside = Сохранённые данные были повреждены. Их отложили отдельно, и Rumbo начал заново.
saved-notice-newer = Эти данные из более новой версии Rumbo: их можно смотреть, но не менять здесь.
saved-notice-ok = Понятно
saved-move = Перенести на другой телефон
saved-move-help = Скачайте файл с сохранённым, чтобы открыть его на другом телефоне. Любой, у кого есть файл, увидит, что вы сохранили.
saved-import = Добавить из файла Rumbo
saved-imported =
    { $count ->
        [0] Ничего нового: всё из файла у вас уже было.
        [one] Добавлен { $count } элемент.
        [few] Добавлено { $count } элемента.
        [many] Добавлено { $count } элементов.
       *[other] Добавлено { $count } элемента.
    }
saved-import-refused = Этот файл не является читаемым файлом Rumbo. Ничего не изменилось.
saved-export = Скачать сохранённое (.json)

## Настройки
settings-title = Настройки
settings-language = Язык
settings-about = О приложении Rumbo
settings-data = Ваши данные
settings-data-stored = Rumbo хранит данные только на этом устройстве: выбранный язык и страницу быстрого выхода. Ничего не уходит отсюда.
about-what = Rumbo даёт информацию без интернета людям, которые ищут защиты в Мексике: о ваших правах, убежище, сроках и о том, где найти помощь.
about-version = Версия
about-privacy-title = Конфиденциальность
about-privacy = Ничто из того, что вы делаете в Rumbo, не покидает это устройство. Нет учётных записей, слежки и рекламы.
about-licence-title = Лицензия
about-licence = Код: лицензия MIT. Тексты, написанные для Rumbo: CC BY 4.0. Цитируемые источники сохраняют свои лицензии.
about-translations = Переводы

## Страница не найдена
not-found-title = Страница не найдена
not-found-text = Такого адреса в Rumbo нет. Возможно, это старая ссылка.
not-found-home = На главную

## Даты (названия нужны, чтобы писать даты словами)
date-long = { $weekday }, { $day } { $month } { $year } г.
date-day = { $day } { $month } { $year } г.
date-month = { $month } { $year } г.
weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье
weekday-short-1 = пн
weekday-short-2 = вт
weekday-short-3 = ср
weekday-short-4 = чт
weekday-short-5 = пт
weekday-short-6 = сб
weekday-short-7 = вс
month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь
month-of-1 = января
month-of-2 = февраля
month-of-3 = марта
month-of-4 = апреля
month-of-5 = мая
month-of-6 = июня
month-of-7 = июля
month-of-8 = августа
month-of-9 = сентября
month-of-10 = октября
month-of-11 = ноября
month-of-12 = декабря

## Калькулятор сроков
deadline-term-label = Какой срок вы хотите рассчитать?
deadline-term-asylum = Подать на убежище (30 рабочих дней)
deadline-term-appeal = Жалоба о пересмотре решения, recurso de revisión (15 рабочих дней)
deadline-term-decision = Ответ COMAR (45 рабочих дней)
deadline-term-ratify = Подтвердить заявление (3 рабочих дня)
deadline-start-asylum = День въезда в Мексику
deadline-start-appeal = День, когда вам вручили уведомление о решении (notificación)
deadline-start-decision = День подачи заявления
deadline-start-ratify = День, когда другой человек подал ваше заявление
deadline-help-asylum = Если вы не могли подать заявление с момента въезда, закон позволяет считать с того дня, когда это стало для вас реально возможно: укажите этот день. Если опасность возникла из-за событий после вашего отъезда из страны, срок считается со дня, когда вы о них узнали. Юрист подскажет, какой случай ваш. (LRPCAP, ст. 18)
deadline-help-appeal = Срок считается с уведомления (LRPCAP, ст. 25). По LFPA (ст. 85) — со дня, следующего за днём, когда уведомление вступило в силу, а это может быть на день позже: последний возможный день это учитывает.
deadline-help-decision = COMAR должна вынести решение в течение 45 рабочих дней со дня, следующего за подачей, и может один раз продлить срок ещё на столько же (LRPCAP, ст. 24). На практике это обычно занимает гораздо больше времени.
deadline-help-ratify = Если ваше заявление подал другой человек, вы должны лично подтвердить его (ratificar) в COMAR или INM в течение 3 рабочих дней, иначе заявление считается неподанным (LRPCAP, ст. 11; Reglamento, ст. 20). Источники не говорят, с какого дня идёт этот срок: спросите в COMAR.
deadline-day = День
deadline-month = Месяц
deadline-year = Год
deadline-you-entered = Дата: { $date }
deadline-calculate = Рассчитать
deadline-error-format = Напишите день и год цифрами.
deadline-error-impossible = Такой даты нет: в этом месяце { $days } дней.
deadline-error-before-law = Эта дата раньше закона о беженцах, опубликованного 27 января 2011 г.
deadline-error-after-today = Эта дата позже сегодняшнего дня.
deadline-error-beyond = Эта дата выходит за пределы календаря Rumbo.
deadline-result-title = Результат
deadline-earliest = Надёжный последний день: { $date }
deadline-earliest-help = Действуйте до этого дня.
deadline-latest = Самый поздний возможный день: { $date }
deadline-latest-help = Только если сомнительные дни (отмечены знаком ?) объявят нерабочими.
deadline-extended = Если COMAR продлит срок: { $date }
deadline-progress = На сегодня ({ $today }) прошло рабочих дней: { $elapsed }. Осталось рабочих дней: { $left }.
deadline-status-open = Время ещё есть.
deadline-status-last-days = Осталось всего несколько дней.
deadline-status-past-earliest = Надёжный последний день прошёл, но самый поздний возможный ещё нет: действуйте сегодня. Это может считаться подачей с опозданием.
deadline-status-past-latest = Обе даты уже прошли.
deadline-unbounded = В эти даты COMAR не работала, и начало или конец перерыва неизвестны: ваш настоящий последний день может быть позже.
deadline-no-closures = Об официально объявленных нерабочих периодах в эти даты ничего не известно.
deadline-calendar-title = Подсчёт по месяцам
deadline-legend-start = День начала (не считается)
deadline-legend-counted = Рабочий день, который считается
deadline-legend-certain = Не считается (по закону)
deadline-legend-uncertain = Может не считаться (если объявят нерабочим)
deadline-legend-earliest = Надёжный последний день
deadline-legend-latest = Самый поздний возможный день
deadline-next-title = Что делать
deadline-next-apply = Подайте заявление в офис COMAR, а где его нет — в INM, который передаст его в COMAR. Это бесплатно. Если вы не можете написать заявление, его можно подать устно.
deadline-next-apply-source = Источники: LRPCAP, ст. 18 и 21; COMAR (comar.gob.mx).
deadline-next-late = Если срок прошёл, вы всё равно можете подать заявление и объяснить, почему не смогли раньше. В 2019 году Верховный суд указал, что достаточно последовательного рассказа о вашей ситуации и тех доказательств, которые у вас есть: требовать документы, подтверждающие препятствие, нельзя. В Тихуане в феврале 2025 года COMAR принимала как причину то, что человек не успел получить запись в CBP One до её отмены. Эта практика может измениться: обратитесь за юридической помощью.
deadline-next-late-source = Источники: SCJN, amparos en revisión 353/2019 и 399/2019 (Debate, октябрь 2019 г.); Amnesty International, «Lives in Limbo», AMR 51/9029/2025 (февраль 2025 г.).
deadline-art29 = Если в последний день офис закрыт без предупреждения, срок переносится на следующий рабочий день (LFPA, ст. 29).
deadline-calendar-source = Календарь: LFPA, ст. 28, LFT, ст. 74 и объявленные нерабочие периоды, у каждого — источник. Проверено { $date }.
deadline-keep-title = Сохранить
deadline-ics-neutral = Нейтральное название в календаре («Встреча»)
deadline-ics-neutral-title = Встреча
deadline-ics-title = Надёжный последний день: { $term }
deadline-ics-warning = У события есть напоминание за { $days } { $days ->
        [one] рабочий день
        [few] рабочих дня
        [many] рабочих дней
       *[other] рабочего дня
    }. События календаря могут быть видны на заблокированном экране и копироваться в интернет-аккаунты (Google, Apple, Microsoft).
deadline-ics-download = Добавить в календарь (.ics)
deadline-text-label = Результат текстом, чтобы скопировать или отправить
deadline-copy = Скопировать текст
deadline-copied = Текст скопирован.
deadline-selected = Текст выделен: скопируйте его через меню телефона.
deadline-copy-failed = Не удалось скопировать: выделите текст вручную.
deadline-next-bring = Что взять с собой: Rumbo не нашёл официального списка документов для подачи на убежище. Спросите в COMAR или в организации, прежде чем идти.
deadline-share = Поделиться текстом

## Быстрый выход
exit-button = Быстрый выход
exit-hint = Сразу скрывает Rumbo и открывает другую страницу. Или нажмите Shift три раза.
exit-reopen = Продолжить
settings-exit = Быстрый выход
settings-exit-help = Кнопка «Быстрый выход» вверху каждого экрана или клавиша Shift, нажатая три раза, сразу скрывает Rumbo и открывает другую страницу. Без интернета эта страница не загрузится, но Rumbo уже не будет на экране.
settings-exit-site = Куда перейти
exit-site-weather = Поиск погоды
exit-site-wikipedia = Википедия
exit-site-blank = Пустая страница

## Удаление
wipe-data = Удалить мои данные
wipe-all = Удалить Rumbo из этого браузера
wipe-data-confirm = Будут удалены сохранённое, выбранный язык и страница быстрого выхода. Rumbo продолжит работать без интернета.
wipe-all-confirm = Будет удалено всё это, а также копия Rumbo для работы без интернета. Без подключения Rumbo больше не откроется, пока вы не зайдёте на него снова через интернет.
wipe-data-yes = Да, удалить мои данные
wipe-all-yes = Да, удалить Rumbo
wipe-cancel = Отмена
wipe-data-done = Ваши данные удалены с этого устройства.
wipe-start-again = Начать заново
wipe-all-done = Rumbo удалён из этого браузера. Закройте эту вкладку.
wipe-cannot = Что Rumbo не может удалить
wipe-cannot-history = Историю браузера: очистите её в настройках браузера («История»).
wipe-cannot-files = Скачанные файлы (календарь .ics, страницы HTML): удалите их в приложении «Файлы» или «Загрузки».
wipe-cannot-calendar = События, добавленные в календарь: удалите их в приложении календаря.
wipe-cannot-icon = Значок на главном экране: нажмите и удерживайте его, затем удалите.

# Памятки: список, поиск, один раздел и экран «показать представителю власти».
# Текст каждого раздела — в guide-<раздел>.ftl.

guides-lead = Что говорит закон и что происходит на практике, со ссылками на источники.
guides-all = Все памятки
guide-missing = Этого раздела нет в этой версии Rumbo. Возможно, его название изменилось.

## Уведомления
guide-draft = Это черновой перевод: носитель языка его ещё не проверял.
guide-read-spanish = Leer esta sección en español
guide-showing-spanish = Вы читаете оригинальный текст на испанском.
guide-back-to-translation = Вернуться к переводу
guide-stale = Эта информация собрана { $date }, больше шести месяцев назад. Без интернета Rumbo не обновляется: уточните важное в организации.

## Подписи блоков
guide-kind-law = Что говорит закон
guide-kind-practice = Что происходит на практике
guide-kind-unknown = Что пока неизвестно
guide-kind-warning = Осторожно

## Слушать, поделиться, копировать
guide-listen = Слушать
guide-listen-stop = Остановить
guide-share = Поделиться разделом
guide-copy = Скопировать раздел
guide-shared-from = Из Rumbo: общая информация, не юридическая консультация.

## Источники, инструменты, связанные разделы
guide-tools = Инструменты
guide-tool-deadline = Рассчитать мой срок
guide-tool-directory = Найти помощь рядом
guide-sources = Источники
guide-source-date = Дата источника: { $date }
guide-source-undated = Без даты.
guide-compiled = Собрано по этим источникам { $date }.
guide-not-lawyer-reviewed = Юрист ещё не проверял.
guide-lawyer-reviewed = Проверено юристом { $date }.
guide-related = Связанные разделы
guide-prev-next = Другие разделы
guide-previous = Назад
guide-next = Далее

## Поиск
search-label = Поиск по памяткам
search-count =
    { $count ->
        [0] Ничего не найдено. Попробуйте другое слово.
        [one] { $count } результат
        [few] { $count } результата
        [many] { $count } результатов
       *[other] { $count } результата
    }

search-more =
    { $count ->
        [one] Показать все { $count } результат
        [few] Показать все { $count } результата
        [many] Показать все { $count } результатов
       *[other] Показать все { $count } результата
    }
search-fewer = Показать только первые { $count }

## Показать представителю власти
official-title = Показать представителю власти
official-lead = Покажите этот экран. Это текст мексиканского закона на испанском.
official-caution = Текст взят из действующей редакции, опубликованной Палатой депутатов. Это не юридическая консультация: если ваши права не соблюдают, обратитесь за юридической помощью.

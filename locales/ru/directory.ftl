# Справочник: экран, фильтры и карточки. Заметки о каждом месте — в directory-entries.ftl.

directory-lead = Приюты, юридическая помощь, учреждения и линии помощи. У каждого сведения указан источник и его дата.
directory-few-phones = Телефон публикуют немногие организации. Где мы его не нашли, мы так и пишем и показываем то, что известно. В экстренной ситуации звоните 911.
directory-filter-city = Город
directory-filter-kind = Тип
directory-filter-serves = Для кого
directory-filter-name = Поиск по названию
directory-back = Весь справочник
entry-missing = Этого места больше нет в этой версии Rumbo.
directory-all = Все
directory-count =
    { $count ->
        [0] С этими фильтрами ничего нет. Попробуйте убрать один.
        [one] { $count } место
        [few] { $count } места
        [many] { $count } мест
       *[other] { $count } места
    }

## Линии помощи
help-lines-title = Если вы в опасности
help-lines-911 = Экстренные службы: полиция, скорая помощь, пожарные, гражданская защита.
help-lines-089 = Анонимное сообщение: вымогательство, похищение, торговля людьми.

## Карточка
entry-serves = Для кого: { $groups }
entry-services = Что предлагает
entry-confirmed = Подтверждено организацией { $date }
entry-seen = Самые старые сведения в этой карточке взяты из источника от { $date }; с организацией никто не сверял.
entry-old = Устаревшие сведения: самые старые данные в этой карточке взяты из источника от { $date }; проверьте, прежде чем идти.
entry-undated = Часть сведений в этой карточке взята из источника без даты: проверьте, прежде чем идти.
entry-address = Адрес:
entry-copy-address = Скопировать адрес
entry-map = Открыть на карте
entry-no-address = Опубликованный адрес не найден.
entry-no-phone = Опубликованный телефон не найден.
entry-copy-number = Скопировать номер
entry-web = Сайт:
entry-email = Эл. почта:
entry-open-now = Сейчас открыто.
entry-closed-now = Сейчас закрыто.
entry-hours-tijuana = { $hours } (время Тихуаны)
entry-hours-juarez = { $hours } (время Сьюдад-Хуареса)
entry-hours-cdmx = { $hours } (время Мехико)
entry-conflict = Другой источник ({ $source }) пишет: { $text }.
entry-sources = Источники этой карточки
entry-read = Прочитано { $date }

## Типы
dir-kind-shelter = Приют
dir-kind-legal = Юридическая помощь
dir-kind-government = Государственное учреждение
dir-kind-health = Здоровье
dir-kind-helpline = Линия помощи
dir-kind-other = Другое

## Города
dir-city-tijuana = Тихуана
dir-city-mexicali = Мехикали
dir-city-ciudad-juarez = Сьюдад-Хуарес
dir-city-tapachula = Тапачула
dir-city-cdmx = Мехико
dir-city-national = Вся страна

## Для кого
dir-serves-everyone = все
dir-serves-women = женщины
dir-serves-children = дети и подростки
dir-serves-families = семьи
dir-serves-men = мужчины
dir-serves-lgbtiq = ЛГБТИК+ люди
dir-serves-deportees = депортированные
dir-serves-mexicans = только граждане Мексики
dir-serves-asylum-seekers = лица, ищущие убежища

## Что предлагает
dir-service-shelter = жильё
dir-service-food = еда
dir-service-clothing = одежда
dir-service-legal = юридическая консультация
dir-service-medical = медицинская помощь
dir-service-psychological = психологическая поддержка
dir-service-work = работа
dir-service-education = школа
dir-service-phone-internet = телефон и интернет
dir-service-interpretation = устный перевод
dir-service-complaints = жалобы и заявления
dir-service-emergency = экстренная помощь
dir-service-documents = документы
dir-service-family-contact = связь с семьёй
dir-service-asylum-application = ходатайство об убежище

## Статус карточки и дата каждого сведения
entry-national = Общенациональный номер.
entry-value-date = (источник от { $date })
entry-value-undated = (источник без даты)

## Часы работы: у каждой службы свои
entry-every-day = ежедневно
entry-hours-dated = По источнику от { $date }, часы работы были такие: { $hours }.
entry-hours-undated = По источнику без даты, часы работы были такие: { $hours }.
entry-hours-non-working = Сегодня нерабочий день для государственных учреждений: может быть закрыто.
entry-hours-maybe-non-working = Сегодня может быть нерабочим днём для этого учреждения (каникулы или объявленный праздничный день): может быть закрыто.
dir-hours-office = Офис
dir-hours-clinic = Клиника
dir-hours-breakfast = Завтрак
dir-hours-first-applications = Первое ходатайство о признании статуса беженца

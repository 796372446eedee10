# Пакеты содержания: почему Rumbo отклоняет пакет (и ничего не меняет) и что изменилось в новом. (Черновик)

pack-error-too-large = Этот файл слишком велик для пакета содержания Rumbo. Ничего не изменено.
pack-error-not-a-pack = Этот файл — не пакет содержания Rumbo. Ничего не изменено.
pack-error-too-new = Этот пакет для более новой версии Rumbo. Сначала обновите приложение. Ничего не изменено.
pack-error-damaged = Этот пакет повреждён или изменён: ему нельзя доверять. Ничего не изменено. Попросите другую копию.
pack-error-bad-content = В этом пакете содержание, которое Rumbo не может использовать. Ничего не изменено.
pack-error-unsigned = Этот пакет не подписан: никто не может сказать, кто его сделал. Ничего не изменено.
pack-error-other-key = Этот пакет подписан ключом, которому Rumbo не доверяет ({ $fingerprint }). Это может быть поддельная копия. Ничего не изменено.
pack-error-older = Это пакет версии { $version }, старше версии { $current }, которую вы уже используете. Ничего не изменено.
pack-error-same = Это пакет версии { $version }, которую вы уже используете. Ничего не изменено.

## Что изменилось
pack-change-section-added = Новый раздел: { $title }
pack-change-section-changed = Изменён раздел: { $title }
pack-change-section-removed = Удалён раздел: { $title }
pack-change-entry-added = Новое в справочнике: { $name }
pack-change-entry-changed = Изменено в справочнике: { $name }
pack-change-entry-removed = Удалено из справочника: { $name }
pack-change-day-added = Новый нерабочий день: { $date }
pack-change-day-removed = Больше не нерабочий день: { $date }
pack-change-messages =
    { $count ->
        [one] Изменён ещё { $count } текст
        [few] Изменены ещё { $count } текста
        [many] Изменено ещё { $count } текстов
       *[other] Изменено ещё { $count } текста
    }
pack-change-none = Содержание не изменилось.

## Хранение пакета
pack-error-not-stored = Не удалось сохранить пакет на этом устройстве. Ничего не изменено.
pack-error-no-previous = Нет предыдущего содержания, к которому можно вернуться.

# Настройки → «Обновления содержания»: содержание в работе, импорт пакета, применение и возврат к предыдущему. (Черновик)

settings-content = Обновления содержания
content-in-use = Используемое содержание
content-version = Версия { $version }
content-compiled = Содержание собрано
content-key = Отпечаток ключа
content-built-in = встроено в это приложение
content-extra-key = Это приложение собрано так, что доверяет ещё одному ключу: { $fingerprint }. Если вы этого не ожидали, получите приложение у издателя Rumbo.
content-import-help = Пакет содержания — это файл (.pack) с более новыми текстами, руководствами, справочником и календарём, присланный через WhatsApp, Bluetooth или на USB-флешке. Rumbo проверяет его подпись и каждую часть, прежде чем что-либо изменить.
content-import = Импортировать пакет содержания
content-offer-title = Пакет содержания, версия { $version }
content-offer-newer = Он новее используемого содержания (версия { $current }).
content-offer-compiled = Содержание собрано { $date }.
content-offer-key = Подписан ключом:
content-offer-changes = Что изменится
content-apply = Применить это содержание
content-cancel = Не применять
content-applied = Теперь используется версия { $version }.
content-returned = Возвращено предыдущее содержание (версия { $version }).
content-previous = Предыдущее содержание: версия { $version }, собрано { $date }.
content-previous-built-in = Предыдущее содержание: встроенное в это приложение.
content-return = Вернуться к предыдущему содержанию
content-set-aside = Пакет содержания, сохранённый на этом устройстве, не прошёл проверку и не используется: Rumbo показывает встроенное в приложение содержание.
content-moved-title = Сохранённые сроки, которые сдвинулись с новым календарём:
content-moved = { $term }, с { $start }: теперь последний надёжный день { $safe } и последний возможный день { $latest }; раньше { $safe-before } и { $latest-before }.

# Las formas de leer cuándo empieza cada plazo, y de qué forma sale cada fecha de la calculadora.

deadline-from = De dónde sale esta fecha:
deadline-why-asylum-next-day = el día 1 es el día hábil siguiente a tu entrada, como dice la ley.
deadline-why-decision-next-day = el día 1 es el día hábil siguiente a la presentación, como dice la ley.
deadline-why-appeal-same-day = lectura estricta de «a partir de la notificación»: el mismo día de la notificación cuenta como día 1, salvo que sea un día que no cuenta (×).
deadline-why-appeal-next-day = el día 1 es el día hábil siguiente a la notificación (LFPA art. 85, si la notificación surte efectos el mismo día).
deadline-why-appeal-after-effect = la notificación surte efectos el día hábil siguiente y el día 1 es el hábil que sigue (LFPA art. 85).
deadline-why-ratify-same-day = lectura estricta, porque la ley no dice desde cuándo corre: el mismo día de la presentación cuenta como día 1, salvo que sea un día que no cuenta (×).
deadline-why-ratify-next-day = el día 1 es el día hábil siguiente a la presentación, como en los otros plazos de la ley.
deadline-calendar-certain-only = Los días dudosos (?) cuentan como hábiles.
deadline-calendar-certain-and-uncertain = Los días dudosos (?) no cuentan.
deadline-readings-title = Todas las formas de contar
deadline-readings-help = La ley puede leerse de más de una forma. El último día seguro es la fecha más temprana de todas; el último día posible, la más tardía.
deadline-reading-law = En qué se basa cada forma de contar:
deadline-legend-start-strict = Día de inicio (en la lectura estricta cuenta como día 1)
deadline-error-ends-beyond = Contado desde esa fecha, el plazo terminaría después de 2099, fuera del calendario de Rumbo.

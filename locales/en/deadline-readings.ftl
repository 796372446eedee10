# The ways of reading when each term starts, and which way gave each date of the calculator.

deadline-from = Where this date comes from:
deadline-why-asylum-next-day = day 1 is the working day after you entered, as the law says.
deadline-why-decision-next-day = day 1 is the working day after the filing, as the law says.
deadline-why-appeal-same-day = strict reading of "a partir de la notificación" (from the notification): the day of the notification itself counts as day 1, unless it is a day that does not count (×).
deadline-why-appeal-next-day = day 1 is the working day after the notification (LFPA art. 85, if the notification takes effect the same day).
deadline-why-appeal-after-effect = the notification takes effect the next working day and day 1 is the working day after that (LFPA art. 85).
deadline-why-ratify-same-day = strict reading, because the law does not say from when it runs: the day of filing itself counts as day 1, unless it is a day that does not count (×).
deadline-why-ratify-next-day = day 1 is the working day after the filing, as in the law's other terms.
deadline-calendar-certain-only = The doubtful days (?) count as working days.
deadline-calendar-certain-and-uncertain = The doubtful days (?) do not count.
deadline-readings-title = Every way of counting
deadline-readings-help = The law can be read in more than one way. The safe last day is the earliest date of them all; the latest possible day, the latest.
deadline-reading-law = What each way of counting rests on:
deadline-legend-start-strict = Start day (counts as day 1 on the strict reading)
deadline-error-ends-beyond = Counted from that date, the term would end after 2099, beyond Rumbo's calendar.

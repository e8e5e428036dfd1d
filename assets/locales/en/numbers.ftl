# Numbers the way a sales team says them. $n is already formatted for the locale.
percent = { $n } %
money-thousands = { $n } k
money-millions = { $n } M
times = { $n }×

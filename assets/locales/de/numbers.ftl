# Zahlen, wie ein Vertriebsteam sie sagt. $n ist schon für das Gebietsschema formatiert.
percent = { $n } %
money-thousands = { $n } Tsd.
money-millions = { $n } Mio.
times = { $n }×

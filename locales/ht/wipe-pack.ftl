# Efase done m sou yon òdinatè, lè pakè kontni k ap sèvi a pa t ka efase. (Bouyon)

content-not-deleted = Pakè kontni k ap sèvi a pa t ka efase sou òdinatè sa a: Rumbo kontinye sèvi avè l, menm lè l louvri ankò, jiskaske yo efase dosye l la (li parèt nan «Done ou yo», pi ba a).

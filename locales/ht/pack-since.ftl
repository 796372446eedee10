# Paramèt → «Mizajou kontni»: yon pakè ki gen lis chanjman li fèt kont yon lòt vèsyon pase pa aparèy la. (Bouyon)

content-offer-changes-since = Lis sa a konpare ak vèsyon { $since }, epi aparèy sa a gen vèsyon { $current }: kèk chanjman ka manke oswa parèt de fwa.

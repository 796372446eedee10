# Aplikasyon òdinatè a sou Linux, lè òdinatè a pa gen yon fenèt pou chwazi dosye Rumbo ka louvri. (Bouyon)

file-picker-missing = Òdinatè sa a pa gen yon fenèt pou chwazi dosye Rumbo ka louvri: bouton ki louvri yon dosye yo p ap louvri anyen. Enstale pakè zenity (oswa xdg-desktop-portal-gtk), epi louvri Rumbo ankò.

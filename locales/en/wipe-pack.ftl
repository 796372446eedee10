# Delete my data on a computer, when the content pack in use could not be deleted.

content-not-deleted = The content pack in use could not be deleted from this computer: Rumbo goes on using it, also when it opens again, until its file is deleted (it is listed under “Your data”, below).

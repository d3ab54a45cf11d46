package app

func (u *ui) offerExampleIfEmpty() {}

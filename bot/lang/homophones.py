"""Letters Persian writes for one sound: a writer unsure of a word's spelling swaps them («صنعطی», «واگزاری»,
«حزینه»), so the speller counts such a swap as no slip at all."""

SAME_SOUND: tuple[str, ...] = ("زذضظ", "سصث", "تط", "هح", "قغ")
# each letter to the first of its group: two spellings of one sound read the same
AS_HEARD = str.maketrans({letter: group[0] for group in SAME_SOUND for letter in group[1:]})

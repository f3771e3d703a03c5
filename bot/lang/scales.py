"""The scale a release states money in, as it writes it, for a chart's axis: (words, size in rials or the
unit, axis label). The most specific words come first; «{unit}» is the figure's unit («ریال», «دلار»)."""

RELEASE_SCALES: tuple[tuple[str, float, str], ...] = (
    ("همت", 1e13, "همت"),
    ("هزار میلیارد تومان", 1e13, "هزار میلیارد تومان"),
    ("میلیارد تومان", 1e10, "میلیارد تومان"),
    ("میلیون تومان", 1e7, "میلیون تومان"),
    ("هزار میلیارد", 1e12, "هزار میلیارد {unit}"),
    ("میلیارد", 1e9, "میلیارد {unit}"),
    ("میلیون", 1e6, "میلیون {unit}"),
)

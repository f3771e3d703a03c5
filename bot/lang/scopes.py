"""Scopes of a figure: which kind of park it counts. Checked longest first («غیردولتی» before «دولتی»)."""

SCOPES: dict[str, tuple[str, ...]] = {
    "غیردولتی": ("غیردولتی", "غیر دولتی", "غیر‌دولتی", "خصوصی"),
    "دولتی": ("دولتی",),
    "خارج از شهرک": ("خارج از شهرک", "خارج شهرک", "بیرون از شهرک", "خارج از شهرک‌ها"),
}

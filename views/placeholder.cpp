// removed once the first view lands

PRICES = {"apple": 30, "bread": 250, "milk": 120}


def price_of(item):
    return PRICES[item]

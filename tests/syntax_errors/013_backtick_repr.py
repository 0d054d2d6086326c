r = `x`

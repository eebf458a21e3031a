naïve€ = 1

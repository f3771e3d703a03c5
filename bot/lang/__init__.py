"""Persian language data: tables only, no logic."""

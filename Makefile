# The two commands of the README. Both set up .venv on first use.
.PHONY: run test test-slow lint bench setup lock

setup:
	@bash scripts/bootstrap.sh

run: setup
	@.venv/bin/python -m bot

test: lint
	@.venv/bin/python -m pytest -q -n auto

lint: setup
	@.venv/bin/python -m ruff check .
	@.venv/bin/python -m mypy

lock:
	@bash scripts/lock.sh

# The full-size scenarios the default run scales down (marked `slow`).
test-slow: setup
	@.venv/bin/python -m pytest -q -m slow

# Every figure of issue 15 next to its target; the growth table builds 100,000 releases through the real
# extraction (about 6 minutes on two idle cores).
bench: setup
	@.venv/bin/python benchmarks/run_all.py --sizes 1000,10000,100000
	@.venv/bin/python benchmarks/charts.py
	@.venv/bin/python benchmarks/broadcast.py
	@.venv/bin/python benchmarks/telegram_load.py

# The two commands of the README:
#   make run    set up everything on this machine, load the demo hall into an empty database, start the kiosk
#   make test   set up everything the tests need and run the whole suite (what .ci/run calls)
# KIOSK_ARGS passes options to the kiosk, e.g. make run KIOSK_ARGS="--windowed --size 1080x1920".

.PHONY: run test soak goals lint bench setup clean

run:
	scripts/setup.sh run
	.venv/bin/kiosk db upgrade
	.venv/bin/kiosk demo --if-empty
	.venv/bin/kiosk $(KIOSK_ARGS)

test:
	scripts/setup.sh test
	.venv/bin/ruff check kiosk tests
	.venv/bin/ruff format --check kiosk tests
	.venv/bin/mypy
	.venv/bin/pytest $(PYTEST_ARGS)

# The full benchmark of issue 11 (README "Speed on a cheap hall PC"): 5,000 matters, every goal; status 1 on a miss.
goals:
	scripts/setup.sh test
	.venv/bin/pytest -m goals -s $(PYTEST_ARGS)

bench:
	scripts/setup.sh test
	.venv/bin/kiosk bench --json --matters 5000

# The long runs of issue 9 (10,000 navigations, 50 kills during publish and import, 20 restarts
# under the supervisor and 20 under real systemd in a booted PC); each prints its figures. The
# normal suite runs their short forms.
soak:
	scripts/setup.sh test
	.venv/bin/pytest -m soak -s $(PYTEST_ARGS)

lint:
	.venv/bin/ruff check kiosk tests && .venv/bin/ruff format --check kiosk tests && .venv/bin/mypy

clean:
	rm -rf .venv build *.egg-info screenshots translations/*.qm

# Pit Crew: two commands on a fresh Debian machine.
#   make play   sets up and runs the main job
#   make test   sets up and runs every test
.PHONY: play test
play:
	bash scripts/play.sh
test:
	bash scripts/test.sh

# Shortcuts for ./dev.sh (which installs what each needs first).
.PHONY: installer test demo

installer:  ## build the one-folder installer into dist/, self-test it, archive it
	./dev.sh installer

test:
	./dev.sh test

demo:
	./dev.sh demo

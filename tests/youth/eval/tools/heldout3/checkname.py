import sys
from earlier import load, fold
names = load()[0]
for t in sys.argv[1:]:
    print(t, "COLLIDES" if fold(t) in names else "ok")

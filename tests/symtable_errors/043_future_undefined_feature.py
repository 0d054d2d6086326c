from __future__ import (generator_stop,
    nonsense)

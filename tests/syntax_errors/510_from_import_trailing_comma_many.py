from collections import OrderedDict, defaultdict,

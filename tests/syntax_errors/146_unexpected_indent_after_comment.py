# comment
    import os

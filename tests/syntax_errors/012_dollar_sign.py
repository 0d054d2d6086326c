name = $HOME

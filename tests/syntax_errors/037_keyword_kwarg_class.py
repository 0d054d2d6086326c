f(class="a")

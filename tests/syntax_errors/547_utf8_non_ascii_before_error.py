greeting = "¡Hola señor!" +

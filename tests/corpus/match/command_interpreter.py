# A tiny text-adventure command interpreter built on structural pattern matching.

rooms = {
    "hall": {"north": "library", "east": "kitchen"},
    "library": {"south": "hall"},
    "kitchen": {"west": "hall"},
}
items = {"hall": ["lamp"], "library": ["book", "key"], "kitchen": []}
state = {"room": "hall", "inventory": [], "moves": 0}

def execute(line):
    match line.lower().split():
        case []:
            return "Say something."
        case ["look"]:
            here = state["room"]
            exits = ", ".join(sorted(rooms[here]))
            stuff = ", ".join(items[here]) or "nothing"
            return f"You are in the {here}. Exits: {exits}. You see: {stuff}."
        case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
            target = rooms[state["room"]].get(direction)
            if target is None:
                return f"You can't go {direction}."
            state["room"] = target
            state["moves"] += 1
            return f"You walk {direction} to the {target}."
        case ["take", *names] if names:
            taken = []
            for name in names:
                if name in items[state["room"]]:
                    items[state["room"]].remove(name)
                    state["inventory"].append(name)
                    taken.append(name)
            return f"Taken: {', '.join(taken) or 'nothing'}."
        case ["drop", name] if name in state["inventory"]:
            state["inventory"].remove(name)
            items[state["room"]].append(name)
            return f"Dropped {name}."
        case ["drop", name]:
            return f"You don't have {name}."
        case ["inventory" | "inv" | "i"]:
            return "You carry: " + (", ".join(state["inventory"]) or "nothing") + "."
        case ["quit" | "exit", *_]:
            return f"Bye after {state['moves']} moves."
        case [verb, *_]:
            return f"I don't know how to {verb}."

script = ["look", "take lamp", "go north", "look", "take book key sword", "inv",
          "south", "east", "drop book", "drop sword", "look", "", "dance wildly", "go up", "quit now"]
for line in script:
    print(f"> {line}")
    print(execute(line))

# A game loop: fixed ticks with sleep, an input task feeding a Queue, entities updated per tick.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Entity:
    name: str
    x: int = 0
    vx: int = 1
    hp: int = 3
    alive: bool = True

    def update(self):
        self.x += self.vx
        if self.x >= 5 or self.x <= -5:
            self.vx = -self.vx


@dataclass
class World:
    tick: int = 0
    entities: list = field(default_factory=list)
    events: list = field(default_factory=list)
    ticked: asyncio.Event = field(default_factory=asyncio.Event, repr=False)


async def input_feed(world, q):
    # Keys pressed at given ticks: the feed watches the world's clock.
    for at, cmd in [(2, "hit goblin"), (3, "hit goblin"), (4, "jump"), (5, "spawn bat"),
                    (5, "hit goblin"), (8, "quit")]:
        while world.tick < at:
            await world.ticked.wait()
        await q.put(cmd)


async def game(world, q, tick=0.002, max_ticks=20):
    while world.tick < max_ticks:
        world.tick += 1
        world.ticked.set()
        world.ticked.clear()
        while not q.empty():
            cmd = q.get_nowait()
            verb, _, arg = cmd.partition(" ")
            match verb, arg:
                case "quit", _:
                    world.events.append(f"t{world.tick}: quit")
                    return "quit"
                case "spawn", name:
                    world.entities.append(Entity(name, vx=2))
                    world.events.append(f"t{world.tick}: spawned {name}")
                case "hit", name:
                    for e in world.entities:
                        if e.name == name and e.alive:
                            e.hp -= 1
                            if e.hp == 1:
                                e.alive = False
                            world.events.append(f"t{world.tick}: hit {name} hp={e.hp}")
                case _:
                    world.events.append(f"t{world.tick}: ?? {cmd}")
        for e in world.entities:
            if e.alive:
                e.update()
        await asyncio.sleep(tick)
    return "timeout"


async def main():
    world = World(entities=[Entity("goblin"), Entity("orc", vx=-1)])
    q = asyncio.Queue()
    feeder = asyncio.create_task(input_feed(world, q))
    result = await game(world, q)
    await feeder
    print(result, world.tick)
    for e in world.events:
        print(" ", e.split(": ", 1)[1])
    for e in world.entities:
        print(" ", e)


asyncio.run(main())

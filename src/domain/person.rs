/// The signed-in person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
}

/// A DocSpace account type, as far as managing keys is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Owner,
    Admin,
    RoomAdmin,
    User,
    Guest,
}

impl Role {
    /// Owners and admins see and manage every key of the portal; others only their own.
    pub fn sees_all_keys(self) -> bool {
        matches!(self, Role::Owner | Role::Admin)
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Owner => "Owner",
            Role::Admin => "DocSpace admin",
            Role::RoomAdmin => "Room admin",
            Role::User => "User",
            Role::Guest => "Guest",
        }
    }
}
